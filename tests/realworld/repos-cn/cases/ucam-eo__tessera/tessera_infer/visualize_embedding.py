stub: upstream file of 2262 bytes
