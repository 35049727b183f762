stub: upstream file of 7262 bytes
