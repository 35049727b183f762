stub: upstream file of 9800 bytes
