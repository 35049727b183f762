stub: upstream file of 30730 bytes
