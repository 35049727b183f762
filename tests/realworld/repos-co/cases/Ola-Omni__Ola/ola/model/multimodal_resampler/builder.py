stub: upstream file of 552 bytes
