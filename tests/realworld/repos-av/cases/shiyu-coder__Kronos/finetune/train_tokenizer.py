stub: upstream file of 11455 bytes
