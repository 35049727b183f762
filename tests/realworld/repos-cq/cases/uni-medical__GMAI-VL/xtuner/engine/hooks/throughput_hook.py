stub: upstream file of 6329 bytes
