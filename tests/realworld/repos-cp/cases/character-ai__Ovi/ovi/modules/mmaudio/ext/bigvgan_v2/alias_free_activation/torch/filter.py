stub: upstream file of 3401 bytes
