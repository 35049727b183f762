stub: upstream file of 25247 bytes
