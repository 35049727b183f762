stub: upstream file of 20112 bytes
