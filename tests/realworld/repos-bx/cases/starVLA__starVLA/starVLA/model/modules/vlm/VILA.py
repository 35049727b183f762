stub: upstream file of 5462 bytes
