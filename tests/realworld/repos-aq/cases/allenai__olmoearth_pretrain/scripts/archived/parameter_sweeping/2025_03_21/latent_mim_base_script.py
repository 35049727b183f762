stub: upstream file of 9354 bytes
