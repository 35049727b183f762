stub: upstream file of 25233 bytes
