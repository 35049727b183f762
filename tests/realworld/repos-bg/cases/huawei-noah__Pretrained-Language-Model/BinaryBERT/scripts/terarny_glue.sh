stub: upstream file of 1299 bytes
