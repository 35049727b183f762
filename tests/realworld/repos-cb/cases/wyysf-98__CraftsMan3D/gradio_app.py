stub: upstream file of 13481 bytes
