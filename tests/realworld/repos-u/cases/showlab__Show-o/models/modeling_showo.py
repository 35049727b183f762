stub: upstream file of 11317 bytes
