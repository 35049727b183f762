stub: upstream file of 41257 bytes
