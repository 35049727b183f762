stub: upstream file of 7 bytes
