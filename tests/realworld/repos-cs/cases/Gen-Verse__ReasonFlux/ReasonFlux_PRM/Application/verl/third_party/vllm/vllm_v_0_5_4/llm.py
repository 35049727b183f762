stub: upstream file of 11393 bytes
