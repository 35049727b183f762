stub: upstream file of 7490 bytes
