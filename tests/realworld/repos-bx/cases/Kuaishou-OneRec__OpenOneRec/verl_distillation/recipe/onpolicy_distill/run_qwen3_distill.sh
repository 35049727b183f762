stub: upstream file of 8664 bytes
