stub: upstream file of 46924 bytes
