stub: upstream file of 8414 bytes
