stub: upstream file of 34362 bytes
