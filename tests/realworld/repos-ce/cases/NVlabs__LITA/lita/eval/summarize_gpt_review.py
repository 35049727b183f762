stub: upstream file of 2254 bytes
