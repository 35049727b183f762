stub: upstream file of 7518 bytes
