stub: upstream file of 377 bytes
