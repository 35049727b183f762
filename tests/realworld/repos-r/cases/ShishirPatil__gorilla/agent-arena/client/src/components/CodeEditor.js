stub: upstream file of 11390 bytes
