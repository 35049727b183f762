stub: upstream file of 10636 bytes
