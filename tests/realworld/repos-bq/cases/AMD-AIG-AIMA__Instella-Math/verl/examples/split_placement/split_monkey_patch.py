stub: upstream file of 9462 bytes
