stub: upstream file of 20493 bytes
