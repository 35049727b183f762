stub: upstream file of 43316 bytes
