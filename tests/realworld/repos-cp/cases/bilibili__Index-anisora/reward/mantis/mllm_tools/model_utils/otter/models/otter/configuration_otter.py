stub: upstream file of 4362 bytes
