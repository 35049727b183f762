stub: upstream file of 15334 bytes
