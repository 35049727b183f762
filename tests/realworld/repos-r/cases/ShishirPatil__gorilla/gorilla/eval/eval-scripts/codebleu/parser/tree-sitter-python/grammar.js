stub: upstream file of 22532 bytes
