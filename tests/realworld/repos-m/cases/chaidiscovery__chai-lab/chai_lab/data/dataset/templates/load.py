stub: upstream file of 17280 bytes
