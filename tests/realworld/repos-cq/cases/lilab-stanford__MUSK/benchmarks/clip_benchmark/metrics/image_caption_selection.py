stub: upstream file of 1990 bytes
