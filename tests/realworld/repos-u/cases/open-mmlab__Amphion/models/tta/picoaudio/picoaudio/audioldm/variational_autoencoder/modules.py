stub: upstream file of 34390 bytes
