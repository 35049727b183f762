stub: upstream file of 12373 bytes
