stub: upstream file of 16607 bytes
