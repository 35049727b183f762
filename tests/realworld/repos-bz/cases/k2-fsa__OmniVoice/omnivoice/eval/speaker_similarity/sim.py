stub: upstream file of 10483 bytes
