stub: upstream file of 24047 bytes
