stub: upstream file of 30390 bytes
