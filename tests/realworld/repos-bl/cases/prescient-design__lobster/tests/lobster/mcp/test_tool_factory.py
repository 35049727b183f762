stub: upstream file of 14463 bytes
