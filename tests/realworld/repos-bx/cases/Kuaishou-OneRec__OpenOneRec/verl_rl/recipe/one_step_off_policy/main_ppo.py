stub: upstream file of 9458 bytes
