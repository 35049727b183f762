stub: upstream file of 6379 bytes
