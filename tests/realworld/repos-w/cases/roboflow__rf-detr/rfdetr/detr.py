stub: upstream file of 23254 bytes
