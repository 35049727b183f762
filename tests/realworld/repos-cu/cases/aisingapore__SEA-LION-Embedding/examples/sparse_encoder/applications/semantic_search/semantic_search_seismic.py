stub: upstream file of 2267 bytes
