stub: upstream file of 7645 bytes
