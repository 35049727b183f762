stub: upstream file of 5155 bytes
