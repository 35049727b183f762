stub: upstream file of 870 bytes
