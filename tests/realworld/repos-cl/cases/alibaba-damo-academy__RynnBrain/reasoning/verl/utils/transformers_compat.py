stub: upstream file of 2224 bytes
