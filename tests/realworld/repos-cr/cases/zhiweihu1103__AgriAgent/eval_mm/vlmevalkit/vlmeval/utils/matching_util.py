stub: upstream file of 1934 bytes
