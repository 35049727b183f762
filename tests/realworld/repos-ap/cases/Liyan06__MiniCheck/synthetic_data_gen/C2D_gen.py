stub: upstream file of 17140 bytes
