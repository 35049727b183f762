stub: upstream file of 6257 bytes
