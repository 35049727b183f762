stub: upstream file of 10321 bytes
