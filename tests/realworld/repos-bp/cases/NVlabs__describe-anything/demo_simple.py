stub: upstream file of 7946 bytes
