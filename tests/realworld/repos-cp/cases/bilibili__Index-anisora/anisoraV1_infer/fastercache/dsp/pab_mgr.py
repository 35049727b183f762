stub: upstream file of 8280 bytes
