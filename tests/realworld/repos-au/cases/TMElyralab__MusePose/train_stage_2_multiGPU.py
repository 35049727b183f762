stub: upstream file of 23309 bytes
