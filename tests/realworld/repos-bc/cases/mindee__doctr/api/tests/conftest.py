stub: upstream file of 12270 bytes
