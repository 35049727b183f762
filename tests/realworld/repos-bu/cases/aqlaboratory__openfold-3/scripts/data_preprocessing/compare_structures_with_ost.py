stub: upstream file of 16518 bytes
