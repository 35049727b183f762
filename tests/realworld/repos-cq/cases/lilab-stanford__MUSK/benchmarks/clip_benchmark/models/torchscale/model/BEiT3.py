stub: upstream file of 3262 bytes
