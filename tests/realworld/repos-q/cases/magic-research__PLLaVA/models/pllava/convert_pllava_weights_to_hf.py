stub: upstream file of 9 bytes
