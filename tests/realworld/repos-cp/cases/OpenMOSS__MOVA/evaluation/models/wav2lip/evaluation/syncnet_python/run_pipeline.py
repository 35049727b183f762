stub: upstream file of 11405 bytes
