stub: upstream file of 1518 bytes
