stub: upstream file of 15372 bytes
