stub: upstream file of 17052 bytes
