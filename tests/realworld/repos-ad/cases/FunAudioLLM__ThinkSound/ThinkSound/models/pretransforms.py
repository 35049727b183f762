stub: upstream file of 8436 bytes
