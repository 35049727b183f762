stub: upstream file of 1525 bytes
