stub: upstream file of 18463 bytes
