stub: upstream file of 11297 bytes
