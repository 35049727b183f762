stub: upstream file of 4461 bytes
