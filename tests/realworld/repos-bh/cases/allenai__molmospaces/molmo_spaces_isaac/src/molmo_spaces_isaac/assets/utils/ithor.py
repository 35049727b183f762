stub: upstream file of 12404 bytes
