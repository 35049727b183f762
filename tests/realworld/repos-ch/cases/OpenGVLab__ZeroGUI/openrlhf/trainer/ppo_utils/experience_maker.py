stub: upstream file of 51296 bytes
