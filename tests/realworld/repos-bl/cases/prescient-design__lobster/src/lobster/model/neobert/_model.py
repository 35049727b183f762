stub: upstream file of 8530 bytes
