stub: upstream file of 379 bytes
