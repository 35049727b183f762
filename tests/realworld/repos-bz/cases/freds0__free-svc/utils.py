stub: upstream file of 8342 bytes
