stub: upstream file of 2604 bytes
