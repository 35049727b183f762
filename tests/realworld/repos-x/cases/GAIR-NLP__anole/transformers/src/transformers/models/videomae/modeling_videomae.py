stub: upstream file of 49292 bytes
