stub: upstream file of 5260 bytes
