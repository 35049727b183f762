stub: upstream file of 11414 bytes
