stub: upstream file of 11296 bytes
