stub: upstream file of 6958 bytes
