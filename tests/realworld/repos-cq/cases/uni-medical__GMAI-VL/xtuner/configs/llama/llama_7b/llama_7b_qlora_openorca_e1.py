stub: upstream file of 7050 bytes
