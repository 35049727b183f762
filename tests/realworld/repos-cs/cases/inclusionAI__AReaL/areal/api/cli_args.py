stub: upstream file of 108530 bytes
