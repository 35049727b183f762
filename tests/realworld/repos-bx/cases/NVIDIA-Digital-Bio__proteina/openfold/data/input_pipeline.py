stub: upstream file of 6295 bytes
