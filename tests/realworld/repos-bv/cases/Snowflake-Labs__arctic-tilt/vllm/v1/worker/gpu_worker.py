stub: upstream file of 13309 bytes
