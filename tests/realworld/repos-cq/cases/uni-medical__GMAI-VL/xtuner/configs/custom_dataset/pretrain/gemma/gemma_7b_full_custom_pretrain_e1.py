stub: upstream file of 6372 bytes
