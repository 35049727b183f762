stub: upstream file of 28994 bytes
