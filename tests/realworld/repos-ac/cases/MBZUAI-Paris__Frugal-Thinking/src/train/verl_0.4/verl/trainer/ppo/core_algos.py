stub: upstream file of 53280 bytes
