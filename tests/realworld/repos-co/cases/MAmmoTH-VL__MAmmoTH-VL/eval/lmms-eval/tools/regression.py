stub: upstream file of 6214 bytes
