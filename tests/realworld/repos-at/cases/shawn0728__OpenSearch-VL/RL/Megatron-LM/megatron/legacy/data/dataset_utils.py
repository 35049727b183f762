stub: upstream file of 28343 bytes
