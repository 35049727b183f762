stub: upstream file of 25436 bytes
