stub: upstream file of 8973 bytes
