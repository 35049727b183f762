stub: upstream file of 7267 bytes
