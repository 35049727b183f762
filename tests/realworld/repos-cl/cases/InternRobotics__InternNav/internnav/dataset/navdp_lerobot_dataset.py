stub: upstream file of 28936 bytes
