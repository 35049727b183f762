stub: upstream file of 30050 bytes
