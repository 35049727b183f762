stub: upstream file of 1338 bytes
