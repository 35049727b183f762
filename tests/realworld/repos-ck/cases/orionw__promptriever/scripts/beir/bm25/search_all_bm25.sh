stub: upstream file of 5309 bytes
