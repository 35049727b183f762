stub: upstream file of 35329 bytes
