stub: upstream file of 5280 bytes
