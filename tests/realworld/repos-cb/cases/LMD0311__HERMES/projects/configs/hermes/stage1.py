stub: upstream file of 9413 bytes
