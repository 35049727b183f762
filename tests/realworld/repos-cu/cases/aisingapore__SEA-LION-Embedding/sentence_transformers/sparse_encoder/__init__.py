stub: upstream file of 364 bytes
