stub: upstream file of 26730 bytes
