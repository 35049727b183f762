stub: upstream file of 31323 bytes
