stub: upstream file of 32294 bytes
