stub: upstream file of 8296 bytes
