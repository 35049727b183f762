stub: upstream file of 16490 bytes
