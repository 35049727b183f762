stub: upstream file of 35379 bytes
