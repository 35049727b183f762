stub: upstream file of 2526 bytes
