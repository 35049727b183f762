stub: upstream file of 1668 bytes
