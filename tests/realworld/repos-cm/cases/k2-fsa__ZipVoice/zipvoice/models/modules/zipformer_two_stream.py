stub: upstream file of 9924 bytes
