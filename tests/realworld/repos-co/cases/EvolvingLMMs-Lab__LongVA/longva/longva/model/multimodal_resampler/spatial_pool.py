stub: upstream file of 1730 bytes
