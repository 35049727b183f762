stub: upstream file of 1459 bytes
