stub: upstream file of 1901 bytes
