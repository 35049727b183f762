stub: upstream file of 6322 bytes
