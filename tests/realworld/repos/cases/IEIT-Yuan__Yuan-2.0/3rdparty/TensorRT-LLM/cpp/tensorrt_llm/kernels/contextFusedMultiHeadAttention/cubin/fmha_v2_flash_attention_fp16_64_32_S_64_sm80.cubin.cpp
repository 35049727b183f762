stub: upstream file of 328371 bytes
