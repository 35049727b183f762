stub: upstream file of 5281 bytes
