stub: upstream file of 54338 bytes
