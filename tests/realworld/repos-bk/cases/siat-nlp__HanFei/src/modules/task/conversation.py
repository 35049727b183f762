stub: upstream file of 10436 bytes
