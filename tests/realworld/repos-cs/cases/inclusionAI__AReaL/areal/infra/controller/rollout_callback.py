stub: upstream file of 6413 bytes
