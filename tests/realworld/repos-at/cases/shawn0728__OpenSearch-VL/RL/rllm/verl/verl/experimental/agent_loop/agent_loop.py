stub: upstream file of 36323 bytes
