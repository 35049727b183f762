stub: upstream file of 6262 bytes
