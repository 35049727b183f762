stub: upstream file of 1550 bytes
