stub: upstream file of 16263 bytes
