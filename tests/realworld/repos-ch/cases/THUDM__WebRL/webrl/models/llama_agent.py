stub: upstream file of 6373 bytes
