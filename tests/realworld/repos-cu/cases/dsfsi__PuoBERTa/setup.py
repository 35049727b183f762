stub: upstream file of 252 bytes
