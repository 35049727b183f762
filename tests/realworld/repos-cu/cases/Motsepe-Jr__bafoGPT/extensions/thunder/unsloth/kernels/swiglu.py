stub: upstream file of 3270 bytes
