stub: upstream file of 9102 bytes
