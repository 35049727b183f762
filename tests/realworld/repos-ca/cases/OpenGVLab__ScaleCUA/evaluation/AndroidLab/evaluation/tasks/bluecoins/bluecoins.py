stub: upstream file of 16923 bytes
