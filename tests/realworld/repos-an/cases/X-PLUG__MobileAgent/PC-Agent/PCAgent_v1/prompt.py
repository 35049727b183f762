stub: upstream file of 15366 bytes
