stub: upstream file of 25475 bytes
