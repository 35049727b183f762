stub: upstream file of 52362 bytes
