stub: upstream file of 11000 bytes
