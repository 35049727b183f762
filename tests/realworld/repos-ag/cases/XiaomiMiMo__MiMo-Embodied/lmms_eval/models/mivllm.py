stub: upstream file of 14100 bytes
