stub: upstream file of 5384 bytes
