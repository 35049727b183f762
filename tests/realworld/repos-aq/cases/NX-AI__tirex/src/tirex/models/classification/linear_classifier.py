stub: upstream file of 11366 bytes
