stub: upstream file of 5255 bytes
