stub: upstream file of 12296 bytes
