stub: upstream file of 3050 bytes
