stub: upstream file of 23322 bytes
