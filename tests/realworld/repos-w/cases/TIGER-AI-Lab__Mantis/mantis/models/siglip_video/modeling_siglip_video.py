stub: upstream file of 60607 bytes
