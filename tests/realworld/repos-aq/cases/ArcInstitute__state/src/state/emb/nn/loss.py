stub: upstream file of 4311 bytes
