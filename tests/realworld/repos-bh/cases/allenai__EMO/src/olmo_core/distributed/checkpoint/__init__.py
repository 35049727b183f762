stub: upstream file of 32404 bytes
