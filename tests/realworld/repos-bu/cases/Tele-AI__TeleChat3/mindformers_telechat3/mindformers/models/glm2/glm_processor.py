stub: upstream file of 4344 bytes
