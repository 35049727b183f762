stub: upstream file of 11399 bytes
