stub: upstream file of 50366 bytes
