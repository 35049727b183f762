stub: upstream file of 26296 bytes
