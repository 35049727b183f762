stub: upstream file of 1390 bytes
