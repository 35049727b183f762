stub: upstream file of 17628 bytes
