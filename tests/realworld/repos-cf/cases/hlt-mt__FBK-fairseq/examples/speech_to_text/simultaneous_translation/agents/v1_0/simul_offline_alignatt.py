stub: upstream file of 3441 bytes
