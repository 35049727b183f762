stub: upstream file of 28352 bytes
