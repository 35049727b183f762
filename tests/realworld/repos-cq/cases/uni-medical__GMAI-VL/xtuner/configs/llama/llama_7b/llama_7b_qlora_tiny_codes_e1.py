stub: upstream file of 7380 bytes
