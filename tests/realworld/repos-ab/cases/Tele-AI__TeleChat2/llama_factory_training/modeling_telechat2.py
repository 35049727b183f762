stub: upstream file of 36254 bytes
