stub: upstream file of 11398 bytes
