stub: upstream file of 15160 bytes
