stub: upstream file of 58576 bytes
