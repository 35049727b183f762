stub: upstream file of 31366 bytes
