stub: upstream file of 8267 bytes
