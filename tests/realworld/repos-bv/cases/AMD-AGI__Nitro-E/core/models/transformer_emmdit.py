stub: upstream file of 27490 bytes
