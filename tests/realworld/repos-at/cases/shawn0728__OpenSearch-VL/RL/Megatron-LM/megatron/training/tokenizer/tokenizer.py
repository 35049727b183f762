stub: upstream file of 28390 bytes
