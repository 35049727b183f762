stub: upstream file of 16493 bytes
