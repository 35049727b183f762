stub: upstream file of 7378 bytes
