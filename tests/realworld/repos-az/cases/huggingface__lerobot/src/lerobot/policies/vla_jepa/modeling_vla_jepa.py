stub: upstream file of 27413 bytes
