stub: upstream file of 341 bytes
