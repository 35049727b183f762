stub: upstream file of 19453 bytes
