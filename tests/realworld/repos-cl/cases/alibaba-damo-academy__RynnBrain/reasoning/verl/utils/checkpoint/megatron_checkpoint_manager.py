stub: upstream file of 26292 bytes
