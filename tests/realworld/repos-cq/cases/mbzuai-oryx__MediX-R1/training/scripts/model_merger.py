stub: upstream file of 7046 bytes
