stub: upstream file of 74363 bytes
