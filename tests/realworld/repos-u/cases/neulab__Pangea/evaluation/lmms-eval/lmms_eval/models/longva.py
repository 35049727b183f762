stub: upstream file of 23493 bytes
