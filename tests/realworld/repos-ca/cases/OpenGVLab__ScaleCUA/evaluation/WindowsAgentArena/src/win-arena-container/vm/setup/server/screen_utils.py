stub: upstream file of 2730 bytes
