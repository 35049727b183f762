stub: upstream file of 22438 bytes
