stub: upstream file of 2436 bytes
