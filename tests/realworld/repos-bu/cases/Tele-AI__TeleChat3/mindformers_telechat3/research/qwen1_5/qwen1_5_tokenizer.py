stub: upstream file of 14400 bytes
