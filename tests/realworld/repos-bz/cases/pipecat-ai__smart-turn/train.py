stub: upstream file of 35150 bytes
