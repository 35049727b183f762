stub: upstream file of 73366 bytes
