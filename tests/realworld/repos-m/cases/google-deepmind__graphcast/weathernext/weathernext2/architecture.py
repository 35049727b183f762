stub: upstream file of 25552 bytes
