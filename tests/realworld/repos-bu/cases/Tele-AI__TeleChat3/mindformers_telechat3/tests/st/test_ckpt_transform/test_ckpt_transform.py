stub: upstream file of 8455 bytes
