stub: upstream file of 9296 bytes
