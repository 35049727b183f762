stub: upstream file of 13595 bytes
