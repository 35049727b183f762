stub: upstream file of 85528 bytes
