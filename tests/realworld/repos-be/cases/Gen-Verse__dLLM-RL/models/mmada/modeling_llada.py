stub: upstream file of 61280 bytes
