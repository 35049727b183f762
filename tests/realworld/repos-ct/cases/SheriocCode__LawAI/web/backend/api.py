stub: upstream file of 1973 bytes
