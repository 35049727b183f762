stub: upstream file of 3612 bytes
