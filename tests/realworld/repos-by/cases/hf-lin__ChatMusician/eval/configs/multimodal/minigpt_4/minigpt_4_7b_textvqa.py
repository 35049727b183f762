stub: upstream file of 1884 bytes
