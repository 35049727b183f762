stub: upstream file of 33198 bytes
