stub: upstream file of 3366 bytes
