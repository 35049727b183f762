stub: upstream file of 4413 bytes
