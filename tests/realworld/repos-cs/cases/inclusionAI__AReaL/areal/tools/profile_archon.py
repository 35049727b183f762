stub: upstream file of 11607 bytes
