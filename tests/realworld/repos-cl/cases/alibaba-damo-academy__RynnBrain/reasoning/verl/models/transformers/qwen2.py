stub: upstream file of 10429 bytes
