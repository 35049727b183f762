stub: upstream file of 30262 bytes
