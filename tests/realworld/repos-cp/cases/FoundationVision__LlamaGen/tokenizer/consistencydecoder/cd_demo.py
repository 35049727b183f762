stub: upstream file of 1972 bytes
