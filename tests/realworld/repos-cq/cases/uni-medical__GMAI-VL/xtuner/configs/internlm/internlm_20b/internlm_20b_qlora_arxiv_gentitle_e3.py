stub: upstream file of 9384 bytes
