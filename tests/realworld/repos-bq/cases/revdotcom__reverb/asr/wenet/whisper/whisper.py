stub: upstream file of 3374 bytes
