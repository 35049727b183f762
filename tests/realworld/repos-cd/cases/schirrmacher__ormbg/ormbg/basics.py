stub: upstream file of 2118 bytes
