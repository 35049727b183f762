stub: upstream file of 23125 bytes
