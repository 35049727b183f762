stub: upstream file of 6451 bytes
