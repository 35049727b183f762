stub: upstream file of 1323 bytes
