stub: upstream file of 23848 bytes
