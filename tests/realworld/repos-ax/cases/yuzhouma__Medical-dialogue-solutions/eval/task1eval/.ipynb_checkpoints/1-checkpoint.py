stub: upstream file of 8 bytes
