stub: upstream file of 23381 bytes
