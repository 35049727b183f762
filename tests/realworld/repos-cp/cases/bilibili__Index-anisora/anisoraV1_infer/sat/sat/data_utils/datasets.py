stub: upstream file of 2901 bytes
