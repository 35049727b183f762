stub: upstream file of 43343 bytes
