stub: upstream file of 295 bytes
