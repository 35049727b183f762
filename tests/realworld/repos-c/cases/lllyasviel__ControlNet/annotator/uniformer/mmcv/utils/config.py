stub: upstream file of 26263 bytes
