stub: upstream file of 14870 bytes
