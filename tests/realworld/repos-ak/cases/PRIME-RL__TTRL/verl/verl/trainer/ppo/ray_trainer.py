stub: upstream file of 53353 bytes
