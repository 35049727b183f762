stub: upstream file of 1908 bytes
