stub: upstream file of 6510 bytes
