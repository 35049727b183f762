stub: upstream file of 16398 bytes
