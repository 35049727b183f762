stub: upstream file of 21493 bytes
