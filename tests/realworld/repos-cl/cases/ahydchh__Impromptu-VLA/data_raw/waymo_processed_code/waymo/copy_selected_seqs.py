stub: upstream file of 2140 bytes
