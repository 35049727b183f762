stub: upstream file of 5730 bytes
