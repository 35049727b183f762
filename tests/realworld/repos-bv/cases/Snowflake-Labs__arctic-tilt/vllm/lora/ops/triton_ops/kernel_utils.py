stub: upstream file of 8442 bytes
