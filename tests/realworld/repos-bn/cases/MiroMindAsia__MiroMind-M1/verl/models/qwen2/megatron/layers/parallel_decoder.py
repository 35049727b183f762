stub: upstream file of 6297 bytes
