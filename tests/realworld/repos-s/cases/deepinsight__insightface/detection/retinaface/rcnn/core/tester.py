stub: upstream file of 19271 bytes
