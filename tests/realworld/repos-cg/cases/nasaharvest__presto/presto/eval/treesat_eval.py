stub: upstream file of 23390 bytes
