stub: upstream file of 115545 bytes
