stub: upstream file of 15317 bytes
