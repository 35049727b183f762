stub: upstream file of 34281 bytes
