stub: upstream file of 9375 bytes
