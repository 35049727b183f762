stub: upstream file of 1100 bytes
