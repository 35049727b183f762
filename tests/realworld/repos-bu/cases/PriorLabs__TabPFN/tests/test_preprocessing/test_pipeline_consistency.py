stub: upstream file of 14987 bytes
