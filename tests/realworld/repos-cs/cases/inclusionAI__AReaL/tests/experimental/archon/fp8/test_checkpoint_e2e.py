stub: upstream file of 2280 bytes
