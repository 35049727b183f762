stub: upstream file of 35366 bytes
