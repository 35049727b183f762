stub: upstream file of 15364 bytes
