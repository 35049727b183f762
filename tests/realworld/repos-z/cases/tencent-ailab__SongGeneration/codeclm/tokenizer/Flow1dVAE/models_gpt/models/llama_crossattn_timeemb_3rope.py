stub: upstream file of 101436 bytes
