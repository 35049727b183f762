stub: upstream file of 9401 bytes
