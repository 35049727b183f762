stub: upstream file of 6310 bytes
