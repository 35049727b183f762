stub: upstream file of 8400 bytes
