stub: upstream file of 10490 bytes
