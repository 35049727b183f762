stub: upstream file of 16453 bytes
