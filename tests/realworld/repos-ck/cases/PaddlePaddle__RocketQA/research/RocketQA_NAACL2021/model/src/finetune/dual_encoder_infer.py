stub: upstream file of 6355 bytes
