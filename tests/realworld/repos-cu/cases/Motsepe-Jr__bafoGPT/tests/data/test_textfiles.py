stub: upstream file of 1489 bytes
