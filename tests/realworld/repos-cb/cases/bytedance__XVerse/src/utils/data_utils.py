stub: upstream file of 14421 bytes
