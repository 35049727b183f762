stub: upstream file of 6390 bytes
