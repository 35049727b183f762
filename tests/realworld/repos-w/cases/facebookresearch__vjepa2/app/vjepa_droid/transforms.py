stub: upstream file of 5231 bytes
