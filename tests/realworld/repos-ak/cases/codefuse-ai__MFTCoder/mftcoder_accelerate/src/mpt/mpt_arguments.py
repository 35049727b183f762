stub: upstream file of 4732 bytes
