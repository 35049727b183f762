stub: upstream file of 7986 bytes
