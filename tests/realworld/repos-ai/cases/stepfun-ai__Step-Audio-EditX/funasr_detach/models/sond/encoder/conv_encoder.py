stub: upstream file of 11510 bytes
