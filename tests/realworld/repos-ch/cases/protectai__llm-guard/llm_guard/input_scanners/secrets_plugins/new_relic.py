stub: upstream file of 1270 bytes
