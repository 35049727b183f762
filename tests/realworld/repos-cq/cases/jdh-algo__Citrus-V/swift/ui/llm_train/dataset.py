stub: upstream file of 2399 bytes
