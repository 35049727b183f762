stub: upstream file of 90280 bytes
