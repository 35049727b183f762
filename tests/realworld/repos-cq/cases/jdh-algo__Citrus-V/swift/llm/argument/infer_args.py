stub: upstream file of 8593 bytes
