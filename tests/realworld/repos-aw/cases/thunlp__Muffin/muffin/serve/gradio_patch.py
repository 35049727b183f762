stub: upstream file of 7343 bytes
