stub: upstream file of 84461 bytes
