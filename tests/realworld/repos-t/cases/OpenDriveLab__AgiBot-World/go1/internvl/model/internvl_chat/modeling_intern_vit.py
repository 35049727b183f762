stub: upstream file of 14436 bytes
