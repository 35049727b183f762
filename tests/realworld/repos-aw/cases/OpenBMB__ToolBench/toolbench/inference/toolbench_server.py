stub: upstream file of 6930 bytes
