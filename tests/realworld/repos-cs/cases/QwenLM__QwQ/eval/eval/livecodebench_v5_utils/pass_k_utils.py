stub: upstream file of 1975 bytes
