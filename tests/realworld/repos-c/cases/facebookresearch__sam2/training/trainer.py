stub: upstream file of 41374 bytes
