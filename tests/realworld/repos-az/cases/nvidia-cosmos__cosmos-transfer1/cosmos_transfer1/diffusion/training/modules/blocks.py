stub: upstream file of 47437 bytes
