stub: upstream file of 8740 bytes
