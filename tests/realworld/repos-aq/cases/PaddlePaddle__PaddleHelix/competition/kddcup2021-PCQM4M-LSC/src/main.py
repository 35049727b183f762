stub: upstream file of 20379 bytes
