stub: upstream file of 6197 bytes
