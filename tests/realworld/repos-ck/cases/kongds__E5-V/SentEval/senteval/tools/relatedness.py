stub: upstream file of 4552 bytes
