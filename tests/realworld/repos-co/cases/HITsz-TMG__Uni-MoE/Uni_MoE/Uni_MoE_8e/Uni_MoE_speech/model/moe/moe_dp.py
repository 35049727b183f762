stub: upstream file of 35317 bytes
