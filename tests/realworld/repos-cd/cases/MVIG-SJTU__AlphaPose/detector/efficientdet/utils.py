stub: upstream file of 4050 bytes
