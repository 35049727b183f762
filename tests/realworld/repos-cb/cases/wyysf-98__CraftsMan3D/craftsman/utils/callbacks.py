stub: upstream file of 5628 bytes
