stub: upstream file of 35744 bytes
