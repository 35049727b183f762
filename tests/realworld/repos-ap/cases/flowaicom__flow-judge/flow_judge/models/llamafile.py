stub: upstream file of 22316 bytes
