stub: upstream file of 9497 bytes
