stub: upstream file of 309 bytes
