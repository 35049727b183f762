stub: upstream file of 4345 bytes
