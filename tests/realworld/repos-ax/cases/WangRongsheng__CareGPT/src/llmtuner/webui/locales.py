stub: upstream file of 15296 bytes
