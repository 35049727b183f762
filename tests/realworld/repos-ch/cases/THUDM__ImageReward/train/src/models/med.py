stub: upstream file of 41607 bytes
