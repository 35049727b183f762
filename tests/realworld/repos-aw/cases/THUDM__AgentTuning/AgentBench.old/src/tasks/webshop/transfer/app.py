stub: upstream file of 14366 bytes
