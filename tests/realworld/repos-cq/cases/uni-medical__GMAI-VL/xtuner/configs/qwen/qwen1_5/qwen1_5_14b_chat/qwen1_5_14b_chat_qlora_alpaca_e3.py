stub: upstream file of 7316 bytes
