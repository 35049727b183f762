stub: upstream file of 16975 bytes
