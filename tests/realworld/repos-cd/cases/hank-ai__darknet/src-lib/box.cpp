stub: upstream file of 28254 bytes
