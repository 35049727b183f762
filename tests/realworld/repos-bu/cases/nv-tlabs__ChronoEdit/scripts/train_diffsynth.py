stub: upstream file of 11118 bytes
