stub: upstream file of 2395 bytes
