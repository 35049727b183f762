stub: upstream file of 16474 bytes
