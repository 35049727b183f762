stub: upstream file of 13270 bytes
