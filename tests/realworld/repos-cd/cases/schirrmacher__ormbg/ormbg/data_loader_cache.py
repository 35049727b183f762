stub: upstream file of 19232 bytes
