stub: upstream file of 8730 bytes
