stub: upstream file of 9552 bytes
