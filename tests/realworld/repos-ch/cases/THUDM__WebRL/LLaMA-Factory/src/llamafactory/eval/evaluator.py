stub: upstream file of 7296 bytes
