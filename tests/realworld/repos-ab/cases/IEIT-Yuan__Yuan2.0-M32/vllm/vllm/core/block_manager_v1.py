stub: upstream file of 25297 bytes
