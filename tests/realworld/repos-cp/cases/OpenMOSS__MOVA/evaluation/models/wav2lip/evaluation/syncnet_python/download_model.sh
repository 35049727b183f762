stub: upstream file of 395 bytes
