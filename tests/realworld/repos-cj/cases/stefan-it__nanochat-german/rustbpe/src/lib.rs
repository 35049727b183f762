stub: upstream file of 16627 bytes
