stub: upstream file of 10894 bytes
