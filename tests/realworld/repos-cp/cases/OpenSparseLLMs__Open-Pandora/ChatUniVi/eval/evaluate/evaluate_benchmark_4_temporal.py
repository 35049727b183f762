stub: upstream file of 8008 bytes
