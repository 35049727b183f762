stub: upstream file of 5226 bytes
