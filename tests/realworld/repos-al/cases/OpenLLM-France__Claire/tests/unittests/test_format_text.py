stub: upstream file of 11362 bytes
