stub: upstream file of 28700 bytes
