stub: upstream file of 15384 bytes
