stub: upstream file of 47436 bytes
