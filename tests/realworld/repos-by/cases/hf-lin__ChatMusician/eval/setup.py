stub: upstream file of 4990 bytes
