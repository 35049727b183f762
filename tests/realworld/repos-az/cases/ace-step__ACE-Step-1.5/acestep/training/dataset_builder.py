stub: upstream file of 345 bytes
