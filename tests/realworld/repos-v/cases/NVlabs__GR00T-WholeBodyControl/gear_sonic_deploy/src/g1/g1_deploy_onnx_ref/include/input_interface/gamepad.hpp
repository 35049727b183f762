stub: upstream file of 34604 bytes
