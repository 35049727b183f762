stub: upstream file of 7475 bytes
