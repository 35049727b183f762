stub: upstream file of 71552 bytes
