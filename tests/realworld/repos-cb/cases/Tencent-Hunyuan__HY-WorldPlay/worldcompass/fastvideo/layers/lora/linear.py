stub: upstream file of 15436 bytes
