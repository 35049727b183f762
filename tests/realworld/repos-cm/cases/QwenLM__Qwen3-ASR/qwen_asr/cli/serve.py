stub: upstream file of 1562 bytes
