stub: upstream file of 7366 bytes
