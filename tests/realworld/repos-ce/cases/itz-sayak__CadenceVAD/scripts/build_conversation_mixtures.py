stub: upstream file of 22254 bytes
