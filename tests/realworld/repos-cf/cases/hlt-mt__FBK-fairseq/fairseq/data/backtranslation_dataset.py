stub: upstream file of 6247 bytes
