stub: upstream file of 50390 bytes
