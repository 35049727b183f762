stub: upstream file of 436 bytes
