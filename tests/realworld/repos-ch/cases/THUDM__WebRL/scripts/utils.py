stub: upstream file of 6566 bytes
