stub: upstream file of 3345 bytes
