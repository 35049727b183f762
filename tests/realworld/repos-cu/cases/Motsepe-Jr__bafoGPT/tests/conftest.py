stub: upstream file of 5544 bytes
