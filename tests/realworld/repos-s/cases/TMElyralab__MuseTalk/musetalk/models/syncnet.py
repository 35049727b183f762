stub: upstream file of 8987 bytes
