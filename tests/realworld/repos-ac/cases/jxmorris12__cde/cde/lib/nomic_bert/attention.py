stub: upstream file of 8453 bytes
