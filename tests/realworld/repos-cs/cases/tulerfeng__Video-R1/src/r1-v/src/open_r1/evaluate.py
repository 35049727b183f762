stub: upstream file of 2453 bytes
