stub: upstream file of 7112 bytes
