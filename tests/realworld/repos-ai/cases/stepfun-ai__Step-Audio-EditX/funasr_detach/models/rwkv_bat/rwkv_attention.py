stub: upstream file of 19432 bytes
