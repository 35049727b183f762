stub: upstream file of 20106 bytes
