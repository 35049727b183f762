stub: upstream file of 6343 bytes
