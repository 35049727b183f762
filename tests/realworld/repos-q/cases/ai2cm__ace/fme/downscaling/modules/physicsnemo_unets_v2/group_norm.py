stub: upstream file of 10295 bytes
