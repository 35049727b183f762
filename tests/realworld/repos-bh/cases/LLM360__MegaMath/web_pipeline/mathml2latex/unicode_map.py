stub: upstream file of 16341 bytes
