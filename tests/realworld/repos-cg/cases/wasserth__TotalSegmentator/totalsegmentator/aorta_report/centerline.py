stub: upstream file of 10280 bytes
