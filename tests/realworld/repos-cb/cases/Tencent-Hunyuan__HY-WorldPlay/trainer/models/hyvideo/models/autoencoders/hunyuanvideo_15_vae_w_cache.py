stub: upstream file of 49126 bytes
