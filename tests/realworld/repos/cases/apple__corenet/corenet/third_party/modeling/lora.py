stub: upstream file of 52134 bytes
