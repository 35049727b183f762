stub: upstream file of 14281 bytes
