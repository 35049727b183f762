stub: upstream file of 4925 bytes
