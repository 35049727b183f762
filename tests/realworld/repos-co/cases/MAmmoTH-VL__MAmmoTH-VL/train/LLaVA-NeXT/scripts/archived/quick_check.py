stub: upstream file of 1995 bytes
