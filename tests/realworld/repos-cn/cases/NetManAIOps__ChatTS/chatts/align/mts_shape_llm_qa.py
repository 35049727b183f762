stub: upstream file of 22425 bytes
