stub: upstream file of 58405 bytes
