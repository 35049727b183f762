stub: upstream file of 331529 bytes
