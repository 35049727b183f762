stub: upstream file of 50453 bytes
