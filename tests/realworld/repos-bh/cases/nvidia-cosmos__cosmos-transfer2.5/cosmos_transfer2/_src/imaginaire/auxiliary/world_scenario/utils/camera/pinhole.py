stub: upstream file of 8509 bytes
