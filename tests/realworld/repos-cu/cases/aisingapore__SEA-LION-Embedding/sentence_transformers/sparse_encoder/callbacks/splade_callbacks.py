stub: upstream file of 6353 bytes
