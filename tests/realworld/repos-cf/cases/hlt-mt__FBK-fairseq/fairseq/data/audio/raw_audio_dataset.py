stub: upstream file of 5296 bytes
