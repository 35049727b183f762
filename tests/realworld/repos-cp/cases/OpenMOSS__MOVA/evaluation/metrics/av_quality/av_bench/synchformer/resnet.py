stub: upstream file of 11462 bytes
