stub: upstream file of 42455 bytes
