stub: upstream file of 11376 bytes
