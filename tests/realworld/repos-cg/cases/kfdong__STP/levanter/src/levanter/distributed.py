stub: upstream file of 16730 bytes
