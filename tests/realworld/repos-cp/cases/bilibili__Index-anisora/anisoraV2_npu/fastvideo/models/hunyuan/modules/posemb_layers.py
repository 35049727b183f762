stub: upstream file of 12933 bytes
