stub: upstream file of 32263 bytes
