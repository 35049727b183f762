stub: upstream file of 7124 bytes
