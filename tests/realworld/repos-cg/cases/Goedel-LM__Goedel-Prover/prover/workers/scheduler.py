stub: upstream file of 4262 bytes
