stub: upstream file of 1432 bytes
