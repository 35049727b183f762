stub: upstream file of 64542 bytes
