stub: upstream file of 21297 bytes
