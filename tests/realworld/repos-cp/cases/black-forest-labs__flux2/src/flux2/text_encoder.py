stub: upstream file of 12453 bytes
