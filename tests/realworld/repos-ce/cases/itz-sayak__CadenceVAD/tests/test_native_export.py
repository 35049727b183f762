stub: upstream file of 8124 bytes
