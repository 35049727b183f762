stub: upstream file of 2096 bytes
