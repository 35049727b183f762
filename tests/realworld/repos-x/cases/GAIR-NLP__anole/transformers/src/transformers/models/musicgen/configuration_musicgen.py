stub: upstream file of 11384 bytes
