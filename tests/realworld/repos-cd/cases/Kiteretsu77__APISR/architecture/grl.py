stub: upstream file of 27399 bytes
