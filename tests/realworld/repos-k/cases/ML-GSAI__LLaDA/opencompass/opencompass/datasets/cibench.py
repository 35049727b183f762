stub: upstream file of 24124 bytes
