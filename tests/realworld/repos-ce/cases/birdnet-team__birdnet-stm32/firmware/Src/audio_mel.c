stub: upstream file of 4322 bytes
