stub: upstream file of 2319 bytes
