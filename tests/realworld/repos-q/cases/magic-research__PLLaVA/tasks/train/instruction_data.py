stub: upstream file of 9316 bytes
