stub: upstream file of 11285 bytes
