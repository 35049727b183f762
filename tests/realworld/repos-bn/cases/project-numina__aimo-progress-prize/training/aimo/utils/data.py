stub: upstream file of 6400 bytes
