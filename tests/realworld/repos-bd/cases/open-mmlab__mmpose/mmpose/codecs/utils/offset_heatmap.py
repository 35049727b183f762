stub: upstream file of 5352 bytes
