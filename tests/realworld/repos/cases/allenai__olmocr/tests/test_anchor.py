stub: upstream file of 11574 bytes
