stub: upstream file of 26518 bytes
