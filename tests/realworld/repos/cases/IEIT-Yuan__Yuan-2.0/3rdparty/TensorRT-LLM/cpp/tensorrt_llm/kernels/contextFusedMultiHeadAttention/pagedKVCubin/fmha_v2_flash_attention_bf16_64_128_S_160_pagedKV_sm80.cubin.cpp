stub: upstream file of 1022231 bytes
