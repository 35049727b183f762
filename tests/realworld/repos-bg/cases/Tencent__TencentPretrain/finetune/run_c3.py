stub: upstream file of 7254 bytes
