stub: upstream file of 24308 bytes
