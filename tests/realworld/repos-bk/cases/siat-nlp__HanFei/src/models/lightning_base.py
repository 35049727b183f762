stub: upstream file of 9518 bytes
