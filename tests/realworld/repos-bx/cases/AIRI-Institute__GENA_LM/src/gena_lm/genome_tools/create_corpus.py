stub: upstream file of 7507 bytes
