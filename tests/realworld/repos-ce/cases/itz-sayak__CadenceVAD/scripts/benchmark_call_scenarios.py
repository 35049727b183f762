stub: upstream file of 5317 bytes
