stub: upstream file of 5400 bytes
