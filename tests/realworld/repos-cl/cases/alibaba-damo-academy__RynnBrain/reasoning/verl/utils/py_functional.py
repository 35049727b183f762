stub: upstream file of 11984 bytes
