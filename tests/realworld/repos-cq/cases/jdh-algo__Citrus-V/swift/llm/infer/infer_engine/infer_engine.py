stub: upstream file of 11379 bytes
