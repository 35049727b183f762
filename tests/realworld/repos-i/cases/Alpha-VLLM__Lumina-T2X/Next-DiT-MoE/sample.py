stub: upstream file of 9856 bytes
