stub: upstream file of 8404 bytes
