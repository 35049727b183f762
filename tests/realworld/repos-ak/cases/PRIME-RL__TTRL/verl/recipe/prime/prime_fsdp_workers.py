stub: upstream file of 16112 bytes
