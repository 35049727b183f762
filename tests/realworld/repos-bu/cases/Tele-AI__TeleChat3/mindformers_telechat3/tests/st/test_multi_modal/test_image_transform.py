stub: upstream file of 3413 bytes
