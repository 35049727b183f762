stub: upstream file of 25366 bytes
