stub: upstream file of 4290 bytes
