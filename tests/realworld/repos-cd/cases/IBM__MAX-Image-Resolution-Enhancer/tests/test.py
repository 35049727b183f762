stub: upstream file of 3379 bytes
