stub: upstream file of 40607 bytes
