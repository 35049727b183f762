stub: upstream file of 1375 bytes
