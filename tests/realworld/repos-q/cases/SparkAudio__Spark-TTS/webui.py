stub: upstream file of 8995 bytes
