stub: upstream file of 9280 bytes
