stub: upstream file of 11970 bytes
