stub: upstream file of 35280 bytes
