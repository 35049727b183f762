stub: upstream file of 7973 bytes
