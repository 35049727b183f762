stub: upstream file of 17323 bytes
