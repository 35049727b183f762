stub: upstream file of 8374 bytes
