stub: upstream file of 35436 bytes
