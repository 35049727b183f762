stub: upstream file of 13 bytes
