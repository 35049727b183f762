stub: upstream file of 22280 bytes
