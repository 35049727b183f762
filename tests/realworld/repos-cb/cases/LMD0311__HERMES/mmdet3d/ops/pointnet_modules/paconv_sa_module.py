stub: upstream file of 13102 bytes
