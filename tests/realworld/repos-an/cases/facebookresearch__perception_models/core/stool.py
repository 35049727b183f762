stub: upstream file of 7363 bytes
