stub: upstream file of 4996 bytes
