stub: upstream file of 25660 bytes
