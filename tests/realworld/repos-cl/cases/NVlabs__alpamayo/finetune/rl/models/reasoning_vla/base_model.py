stub: upstream file of 12226 bytes
