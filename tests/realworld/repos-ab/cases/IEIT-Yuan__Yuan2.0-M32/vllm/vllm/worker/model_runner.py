stub: upstream file of 61366 bytes
