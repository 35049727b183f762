stub: upstream file of 16296 bytes
