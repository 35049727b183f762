stub: upstream file of 12870 bytes
