stub: upstream file of 20500 bytes
