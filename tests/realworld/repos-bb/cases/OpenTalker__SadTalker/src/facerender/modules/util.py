stub: upstream file of 20173 bytes
