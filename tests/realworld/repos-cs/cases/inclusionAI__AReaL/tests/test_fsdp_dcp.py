stub: upstream file of 1870 bytes
