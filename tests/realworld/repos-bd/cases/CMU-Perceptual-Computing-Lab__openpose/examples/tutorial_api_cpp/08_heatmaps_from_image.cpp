stub: upstream file of 12379 bytes
