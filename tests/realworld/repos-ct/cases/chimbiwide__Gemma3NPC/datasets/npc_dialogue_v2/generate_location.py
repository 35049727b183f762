stub: upstream file of 4366 bytes
