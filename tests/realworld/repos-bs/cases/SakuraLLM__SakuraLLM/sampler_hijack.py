stub: upstream file of 11068 bytes
