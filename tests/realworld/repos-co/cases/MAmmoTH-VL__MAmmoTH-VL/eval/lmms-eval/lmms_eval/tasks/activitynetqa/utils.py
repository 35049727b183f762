stub: upstream file of 11280 bytes
