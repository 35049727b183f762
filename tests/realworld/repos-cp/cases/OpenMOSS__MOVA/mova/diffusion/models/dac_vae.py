stub: upstream file of 36353 bytes
