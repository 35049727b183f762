stub: upstream file of 6524 bytes
