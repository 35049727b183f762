stub: upstream file of 1090 bytes
