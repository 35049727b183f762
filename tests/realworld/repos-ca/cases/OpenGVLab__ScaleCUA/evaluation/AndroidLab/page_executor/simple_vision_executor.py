stub: upstream file of 7273 bytes
