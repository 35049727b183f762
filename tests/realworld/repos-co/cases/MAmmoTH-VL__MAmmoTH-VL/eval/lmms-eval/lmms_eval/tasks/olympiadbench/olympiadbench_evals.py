stub: upstream file of 12861 bytes
