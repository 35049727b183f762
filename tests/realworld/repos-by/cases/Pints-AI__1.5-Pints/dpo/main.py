stub: upstream file of 13530 bytes
