stub: upstream file of 17432 bytes
