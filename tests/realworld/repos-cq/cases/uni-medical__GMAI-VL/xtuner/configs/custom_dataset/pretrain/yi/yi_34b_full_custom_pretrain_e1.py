stub: upstream file of 6316 bytes
