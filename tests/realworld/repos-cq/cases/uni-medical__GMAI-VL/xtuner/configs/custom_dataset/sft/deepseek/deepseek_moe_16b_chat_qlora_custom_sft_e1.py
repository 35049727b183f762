stub: upstream file of 7462 bytes
