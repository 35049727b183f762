stub: upstream file of 52916 bytes
