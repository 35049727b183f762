stub: upstream file of 20986 bytes
