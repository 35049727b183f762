stub: upstream file of 5366 bytes
