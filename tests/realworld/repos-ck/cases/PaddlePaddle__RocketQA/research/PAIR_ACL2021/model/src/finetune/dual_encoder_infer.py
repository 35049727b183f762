stub: upstream file of 6359 bytes
