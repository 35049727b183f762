stub: upstream file of 26372 bytes
