stub: upstream file of 36373 bytes
