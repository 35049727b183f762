stub: upstream file of 5277 bytes
