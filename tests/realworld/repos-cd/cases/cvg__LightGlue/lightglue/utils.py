stub: upstream file of 5510 bytes
