stub: upstream file of 12000 bytes
