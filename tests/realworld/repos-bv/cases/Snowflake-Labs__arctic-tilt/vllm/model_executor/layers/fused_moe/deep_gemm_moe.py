stub: upstream file of 11542 bytes
