stub: upstream file of 9045 bytes
