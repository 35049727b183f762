stub: upstream file of 50200 bytes
