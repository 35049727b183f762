stub: upstream file of 35118 bytes
