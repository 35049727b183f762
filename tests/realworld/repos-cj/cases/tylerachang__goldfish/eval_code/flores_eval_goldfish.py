stub: upstream file of 8160 bytes
