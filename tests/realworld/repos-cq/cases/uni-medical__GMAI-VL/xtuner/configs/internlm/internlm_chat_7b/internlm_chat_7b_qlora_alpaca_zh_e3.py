stub: upstream file of 7118 bytes
