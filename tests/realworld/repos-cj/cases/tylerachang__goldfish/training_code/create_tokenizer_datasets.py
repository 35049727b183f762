stub: upstream file of 3309 bytes
