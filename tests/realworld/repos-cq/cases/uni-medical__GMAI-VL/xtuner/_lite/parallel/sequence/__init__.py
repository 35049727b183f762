stub: upstream file of 1000 bytes
