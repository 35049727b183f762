stub: upstream file of 40258 bytes
