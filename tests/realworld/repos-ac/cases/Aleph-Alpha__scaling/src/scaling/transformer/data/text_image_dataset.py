stub: upstream file of 16280 bytes
