stub: upstream file of 14280 bytes
