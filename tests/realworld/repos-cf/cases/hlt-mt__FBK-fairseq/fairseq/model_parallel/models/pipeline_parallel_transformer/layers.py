stub: upstream file of 22695 bytes
