stub: upstream file of 33958 bytes
