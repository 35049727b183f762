stub: upstream file of 34258 bytes
