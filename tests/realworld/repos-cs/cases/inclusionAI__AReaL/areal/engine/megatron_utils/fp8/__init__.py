stub: upstream file of 1928 bytes
