stub: upstream file of 15374 bytes
