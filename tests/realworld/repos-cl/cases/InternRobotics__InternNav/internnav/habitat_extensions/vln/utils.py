stub: upstream file of 6888 bytes
