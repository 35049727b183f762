stub: upstream file of 8363 bytes
