stub: upstream file of 7407 bytes
