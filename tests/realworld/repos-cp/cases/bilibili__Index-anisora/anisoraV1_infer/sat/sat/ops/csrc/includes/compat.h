stub: upstream file of 336 bytes
