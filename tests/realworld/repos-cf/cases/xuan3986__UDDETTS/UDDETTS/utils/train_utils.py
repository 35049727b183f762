stub: upstream file of 18358 bytes
