stub: upstream file of 9248 bytes
