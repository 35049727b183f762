stub: upstream file of 7574 bytes
