stub: upstream file of 2990 bytes
