stub: upstream file of 1262 bytes
