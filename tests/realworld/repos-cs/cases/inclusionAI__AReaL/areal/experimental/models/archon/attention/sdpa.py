stub: upstream file of 4379 bytes
