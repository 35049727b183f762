stub: upstream file of 13965 bytes
