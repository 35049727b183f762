stub: upstream file of 52306 bytes
