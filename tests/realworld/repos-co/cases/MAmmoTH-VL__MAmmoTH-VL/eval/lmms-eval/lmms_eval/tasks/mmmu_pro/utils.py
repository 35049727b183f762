stub: upstream file of 17462 bytes
