stub: upstream file of 13395 bytes
