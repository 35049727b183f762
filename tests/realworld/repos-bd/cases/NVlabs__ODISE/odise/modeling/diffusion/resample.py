stub: upstream file of 6364 bytes
