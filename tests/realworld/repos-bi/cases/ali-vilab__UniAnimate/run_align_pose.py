stub: upstream file of 32366 bytes
