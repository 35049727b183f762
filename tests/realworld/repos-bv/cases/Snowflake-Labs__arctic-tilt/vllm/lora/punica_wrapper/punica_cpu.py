stub: upstream file of 12465 bytes
