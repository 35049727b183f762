stub: upstream file of 33372 bytes
