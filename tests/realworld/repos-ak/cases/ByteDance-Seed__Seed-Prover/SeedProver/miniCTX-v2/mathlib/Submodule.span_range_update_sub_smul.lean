stub: upstream file of 23542 bytes
