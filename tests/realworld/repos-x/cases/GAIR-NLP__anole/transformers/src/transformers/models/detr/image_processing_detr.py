stub: upstream file of 93999 bytes
