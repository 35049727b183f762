stub: upstream file of 81530 bytes
