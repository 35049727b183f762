stub: upstream file of 8986 bytes
