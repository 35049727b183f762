stub: upstream file of 5509 bytes
