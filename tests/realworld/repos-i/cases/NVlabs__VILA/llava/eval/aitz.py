stub: upstream file of 13334 bytes
