stub: upstream file of 5341 bytes
