stub: upstream file of 23364 bytes
