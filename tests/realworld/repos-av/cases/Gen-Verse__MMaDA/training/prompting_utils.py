stub: upstream file of 23297 bytes
