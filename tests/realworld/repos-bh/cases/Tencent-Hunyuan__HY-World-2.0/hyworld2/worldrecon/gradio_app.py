stub: upstream file of 42130 bytes
