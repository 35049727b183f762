stub: upstream file of 1341 bytes
