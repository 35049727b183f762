stub: upstream file of 38379 bytes
