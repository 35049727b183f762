stub: upstream file of 5379 bytes
