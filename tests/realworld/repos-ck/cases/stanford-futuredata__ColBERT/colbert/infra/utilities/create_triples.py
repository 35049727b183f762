stub: upstream file of 1853 bytes
