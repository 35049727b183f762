stub: upstream file of 21137 bytes
