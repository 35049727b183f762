stub: upstream file of 2493 bytes
