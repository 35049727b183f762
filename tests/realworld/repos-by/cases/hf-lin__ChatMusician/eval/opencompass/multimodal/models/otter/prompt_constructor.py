stub: upstream file of 6280 bytes
