stub: upstream file of 22999 bytes
