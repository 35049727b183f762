stub: upstream file of 6756 bytes
