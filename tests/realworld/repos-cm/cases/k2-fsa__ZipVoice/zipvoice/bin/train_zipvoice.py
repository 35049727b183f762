stub: upstream file of 35469 bytes
