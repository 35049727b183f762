stub: upstream file of 16093 bytes
