stub: upstream file of 13455 bytes
