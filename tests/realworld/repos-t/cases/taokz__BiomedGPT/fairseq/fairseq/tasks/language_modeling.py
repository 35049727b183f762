stub: upstream file of 13864 bytes
