stub: upstream file of 21296 bytes
