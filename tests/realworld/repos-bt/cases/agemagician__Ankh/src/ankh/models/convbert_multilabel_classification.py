stub: upstream file of 2550 bytes
