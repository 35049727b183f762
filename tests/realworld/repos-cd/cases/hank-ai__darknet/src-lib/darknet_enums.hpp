stub: upstream file of 9544 bytes
