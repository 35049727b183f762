stub: upstream file of 33824 bytes
