stub: upstream file of 8322 bytes
