stub: upstream file of 7106 bytes
