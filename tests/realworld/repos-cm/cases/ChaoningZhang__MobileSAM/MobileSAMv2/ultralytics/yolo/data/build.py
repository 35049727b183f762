stub: upstream file of 6574 bytes
