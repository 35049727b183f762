stub: upstream file of 3552 bytes
