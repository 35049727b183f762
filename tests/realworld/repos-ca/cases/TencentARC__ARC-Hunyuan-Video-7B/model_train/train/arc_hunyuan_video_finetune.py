stub: upstream file of 28379 bytes
