stub: upstream file of 11314 bytes
