stub: upstream file of 1846 bytes
