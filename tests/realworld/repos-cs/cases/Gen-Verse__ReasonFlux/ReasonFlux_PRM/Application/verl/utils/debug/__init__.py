stub: upstream file of 730 bytes
