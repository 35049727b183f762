stub: upstream file of 12635 bytes
