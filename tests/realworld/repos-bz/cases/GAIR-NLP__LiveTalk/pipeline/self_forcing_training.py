stub: upstream file of 13280 bytes
