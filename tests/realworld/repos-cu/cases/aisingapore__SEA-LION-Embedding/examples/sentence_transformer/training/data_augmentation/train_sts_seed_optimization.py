stub: upstream file of 6509 bytes
