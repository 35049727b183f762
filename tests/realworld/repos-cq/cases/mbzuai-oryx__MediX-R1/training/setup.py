stub: upstream file of 1982 bytes
