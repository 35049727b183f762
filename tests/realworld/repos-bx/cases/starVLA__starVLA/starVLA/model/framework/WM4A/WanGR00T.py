stub: upstream file of 11090 bytes
