stub: upstream file of 7750 bytes
