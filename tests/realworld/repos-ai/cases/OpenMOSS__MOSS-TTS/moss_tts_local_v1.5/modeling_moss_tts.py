stub: upstream file of 26379 bytes
