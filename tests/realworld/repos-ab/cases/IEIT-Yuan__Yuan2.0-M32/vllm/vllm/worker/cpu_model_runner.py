stub: upstream file of 17353 bytes
