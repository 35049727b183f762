stub: upstream file of 21576 bytes
