stub: upstream file of 6362 bytes
