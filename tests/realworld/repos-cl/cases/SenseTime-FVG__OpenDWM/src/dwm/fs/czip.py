stub: upstream file of 5240 bytes
