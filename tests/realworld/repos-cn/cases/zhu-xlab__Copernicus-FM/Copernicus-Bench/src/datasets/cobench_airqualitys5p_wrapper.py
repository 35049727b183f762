stub: upstream file of 8372 bytes
