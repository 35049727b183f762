stub: upstream file of 18529 bytes
