stub: upstream file of 1381 bytes
