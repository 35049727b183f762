stub: upstream file of 1950 bytes
