stub: upstream file of 8245 bytes
