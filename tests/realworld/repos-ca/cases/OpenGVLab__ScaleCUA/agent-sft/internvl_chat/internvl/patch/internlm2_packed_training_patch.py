stub: upstream file of 3280 bytes
