stub: upstream file of 1453 bytes
