stub: upstream file of 49316 bytes
