stub: upstream file of 49539 bytes
