stub: upstream file of 12366 bytes
