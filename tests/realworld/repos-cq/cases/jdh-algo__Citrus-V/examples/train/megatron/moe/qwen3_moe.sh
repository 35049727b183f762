stub: upstream file of 1296 bytes
