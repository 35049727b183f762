stub: upstream file of 18390 bytes
