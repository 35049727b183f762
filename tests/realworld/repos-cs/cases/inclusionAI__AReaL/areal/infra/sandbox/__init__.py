stub: upstream file of 371 bytes
