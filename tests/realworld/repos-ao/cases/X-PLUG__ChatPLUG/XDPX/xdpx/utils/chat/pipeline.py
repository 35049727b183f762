stub: upstream file of 32280 bytes
