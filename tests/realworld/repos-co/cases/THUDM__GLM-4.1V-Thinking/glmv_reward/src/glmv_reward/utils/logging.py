stub: upstream file of 280 bytes
