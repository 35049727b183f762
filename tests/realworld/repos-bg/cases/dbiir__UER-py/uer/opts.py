stub: upstream file of 10000 bytes
