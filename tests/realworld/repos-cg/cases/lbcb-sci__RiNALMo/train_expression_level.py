stub: upstream file of 12490 bytes
