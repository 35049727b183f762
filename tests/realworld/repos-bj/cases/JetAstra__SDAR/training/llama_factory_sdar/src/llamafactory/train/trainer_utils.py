stub: upstream file of 32262 bytes
