stub: upstream file of 13329 bytes
