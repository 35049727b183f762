stub: upstream file of 13224 bytes
