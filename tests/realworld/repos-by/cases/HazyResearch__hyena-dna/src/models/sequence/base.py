stub: upstream file of 5112 bytes
