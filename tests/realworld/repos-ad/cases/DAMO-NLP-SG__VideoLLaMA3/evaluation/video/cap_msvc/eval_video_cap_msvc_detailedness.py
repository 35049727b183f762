stub: upstream file of 10309 bytes
